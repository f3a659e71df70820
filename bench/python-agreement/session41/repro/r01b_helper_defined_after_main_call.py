# SILENT ERROR (r01's construct: weft makes every def before the main code runs). The main code calls process(),
# which uses scale(), before `def scale` has run: CPython raises NameError, caught: out=[-1, 301]. weft gives:
# "complete", 1 outcome `ok out=[201, 301]`.
# Command: /work/notes/s41/weft-start explore r01b_helper_defined_after_main_call.py  (checks/nm22)
import threading

out = []


def process(x):
    return scale(x) + 1


try:
    out.append(process(2))
except NameError:
    out.append(-1)


def scale(x):
    return x * 100


t = threading.Thread(target=lambda: out.append(process(3)))
t.start()
t.join()
print(out)
