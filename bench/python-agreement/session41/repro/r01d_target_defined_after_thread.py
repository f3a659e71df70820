# SILENT ERROR (r01's construct). Thread(target=work) is written before `def work`: CPython raises NameError in
# the main code at once (fault, out=[]). weft gives: "complete", 1 outcome `ok out=[1]`.
# Command: /work/notes/s41/weft-start explore r01d_target_defined_after_thread.py  (checks/nm18)
import threading

out = []
t = threading.Thread(target=work)


def work():
    out.append(1)


t.start()
t.join()
print(out)
