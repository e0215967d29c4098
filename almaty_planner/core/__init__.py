"""Core computation of almaty_planner: pure Python (pandas, geopandas, numpy, scipy, openpyxl).

Nothing in this package imports ``qgis``: it runs and is tested in plain Python, and the Processing
algorithms, the panel and the command-line run are thin layers over it.
"""
