# get_table()["k"] = 2 and del get_table()["j"]: item writes on a call's value.
import threading

table = {"k": 1, "j": 0}


def get_table():
    return table


def work():
    get_table()["k"] = 2
    del get_table()["j"]


t = threading.Thread(target=work)
t.start()
t.join()
k = table.get("k", -1)
j = table.get("j", -1)
print(k, j)
