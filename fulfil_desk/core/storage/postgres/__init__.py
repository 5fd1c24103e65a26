"""The PostgreSQL engine: a shop on a server, for benches on several PCs."""
