# a list appended to another list is shared: a later change to it shows in both
import threading

table = []
lock = threading.Lock()


def add_row():
    row = ["a"]
    with lock:
        table.append(row)
    row.append("b")


t = threading.Thread(target=add_row)
t.start()
t.join()
first_row_size = len(table[0])
print(first_row_size)
