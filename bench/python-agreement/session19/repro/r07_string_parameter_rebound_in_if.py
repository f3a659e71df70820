# SILENT ERROR (weft-start f99a086), same root as r01: a thread's string PARAMETER (from args=, or a default
# `def take(tag="none")`) rebound inside an `if` to a run-time value reads 0 where the `if` does not run.
# CPython: result="none"; weft explore "complete": result=0 only. An int parameter (n=5) is right.
import threading
items = []
result = ""
def take(tag):
    global result
    if items:
        tag = items.pop()
    result = tag
t = threading.Thread(target=take, args=("none",)); t.start(); t.join()
