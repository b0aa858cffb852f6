"""The Qt layer: windows, views, Qt item models over the services, workers."""
