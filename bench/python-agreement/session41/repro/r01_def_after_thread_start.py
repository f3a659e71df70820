# SILENT ERROR. A thread is started before the module defines the helper it calls. CPython: the thread runs
# first (Thread.start() returns once it runs) and raises NameError: name 'helper' is not defined; the harness
# status is fault in 10/10 runs, out stays []. weft: "complete: these are all the outcomes", 1 outcome
# `ok len(out)=1 out[0]=4`: weft defines every `def` before the main code runs (it reads the file whole), so the
# call always finds helper. (A module constant defined after the start is refused with the right words:
# "`LIMIT` is not defined (weft reads the program as it stands, top to bottom)", checks/nm01.)
# Command: /work/notes/s41/weft-start explore r01_def_after_thread_start.py
#          python3 ../../agree.py --weft /work/notes/s41/weft-start --runs 10 r01_def_after_thread_start.py
# Found by checks/nm02_function_after_start.py.
import threading

out = []


def worker():
    out.append(helper(3))


t = threading.Thread(target=worker)
t.start()


def helper(n):
    return n + 1


t.join()
print(out)
