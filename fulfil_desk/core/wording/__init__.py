"""The one place the core's messages become words: the English catalogue, by domain, and the
`Wording` that renders a message in a language and the shop's time zone."""
