# SILENT ERROR (r03's construct). `last_job` is bound only in the body of a loop over a shared list that is empty.
# CPython: NameError at `print(last_job)` (fault, 10/10). weft: "complete", 1 outcome `ok last_job=0 len(jobs)=0`.
# Command: /work/notes/s41/weft-start explore r03c_global_bound_in_loop_over_empty.py  (checks/nm13)
import threading

jobs = []


def run_all():
    global last_job
    for j in jobs:
        last_job = j


t = threading.Thread(target=run_all)
t.start()
t.join()
print(last_job)
