"""Data files shipped with fulfil-desk (installed as `fulfil_desk.resources`)."""
