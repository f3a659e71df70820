import threading

a = b = []
c = []


def add():
    a.append(1)
    c.append(2)


t = threading.Thread(target=add)
t.start()
t.join()
len_b = len(b)
len_c = len(c)
print(len_b, len_c)
