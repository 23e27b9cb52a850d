# pyco: versions=all
"""doc"""
from __future__ import generator_stop, annotations
from __future__ import nonexistent
