# SILENT ERROR (r01's construct). A function defined twice: the thread calls greet() between the two defs.
# CPython: out=['v1', 'v2'] (10/10). weft gives: "complete", 1 outcome `ok out=['v2', 'v2']`: the last def is
# the only one weft knows, made before the main code runs.
# Command: /work/notes/s41/weft-start explore r01e_function_redefined.py  (checks/df03)
import threading

out = []


def greet():
    return "v1"


t = threading.Thread(target=lambda: out.append(greet()))
t.start()
t.join()


def greet():
    return "v2"


out.append(greet())
print(out)
