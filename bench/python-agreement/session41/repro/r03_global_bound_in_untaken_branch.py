# SILENT ERROR. A module global that only a function binds, in an `if` branch that is not taken; main reads it.
# CPython: NameError: name 'mode' is not defined (status fault, 10/10). weft: "complete", 1 outcome
# `ok flags_fast=0 mode=0`: weft gives every global a starting value of 0, so the name is never undefined.
# This is session 40's r05 construct (a global only a thread creates), which is still present in this binary
# (r03d); r03b (a function never called) and r03c (bound only in a loop over an empty list) are the same.
# Command: /work/notes/s41/weft-start explore r03_global_bound_in_untaken_branch.py
# Found by checks/nm03_global_made_in_branch.py.
import threading

flags = {"fast": 0}


def setup():
    global mode
    if flags["fast"]:
        mode = "fast"


t = threading.Thread(target=setup)
t.start()
t.join()
print(mode)
