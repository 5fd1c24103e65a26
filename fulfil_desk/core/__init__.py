"""The Qt-free core: domain rules, file formats, storage and the Desk façade."""
