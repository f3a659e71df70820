# no bug: strings compare in code-point order; the worker keeps the alphabetically first name it saw
import threading

names = ["mallory", "alice", "bob"]
first_name = "zzz"


def scan():
    global first_name
    for name in names:
        if name < first_name:
            first_name = name


t = threading.Thread(target=scan)
t.start()
t.join()
print(first_name)
