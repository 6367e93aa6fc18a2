"""pytest-xdist on Jython. pytest loads this file before its workers start, whatever the selection."""
import os
import sys

from execnet import gateway_base
from java.lang import System

# A worker reports sys.platform, which Jython makes a str subclass (`shadowstr`) that execnet refuses
# to send: it is sent as the str it is.
gateway_base._Serializer._dispatch[type(sys.platform)] = gateway_base._Serializer.save_str

if os.environ.get('PYTEST_XDIST_WORKER'):
    # A worker talks to pytest over its standard output; Java code printing there would garble that.
    System.setOut(System.err)
