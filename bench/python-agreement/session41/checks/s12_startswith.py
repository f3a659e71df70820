# check: startswith with tuple, in, endswith with start
import threading

a = 0


def work():
    global a
    f = "report_2024.csv"
    a = f.startswith(("log", "report")) + f.endswith(".csv") * 2 + ("2024" in f) * 4 + f.startswith("port", 2) * 8


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
