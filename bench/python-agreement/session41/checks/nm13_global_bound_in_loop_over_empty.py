# check: a global bound only inside a loop over a shared list that is empty (NameError when read)
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
