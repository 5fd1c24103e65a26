"""fulfil-desk: an offline order-fulfilment workstation."""

__version__ = "0.1.0"
