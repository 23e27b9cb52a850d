# pyco: versions=all
import sys
from __future__ import annotations
