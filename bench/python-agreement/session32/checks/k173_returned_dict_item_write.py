# d = get_table() returns the module dict; d["k"] = 2 changes it.
import threading

table = {"k": 1}


def get_table():
    return table


def work():
    d = get_table()
    d["k"] = 2


t = threading.Thread(target=work)
t.start()
t.join()
print(table)
