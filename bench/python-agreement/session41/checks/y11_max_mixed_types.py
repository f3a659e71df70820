# check: max/min/sorted keep the first of equal int and float values
import threading

out = ""


def work():
    global out
    out = f"{max(2.0, 2)}|{max(2, 2.0)}|{min(1, 1.0)}|{sum([1, 2.0])}|{sum([True, 2])}"


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
