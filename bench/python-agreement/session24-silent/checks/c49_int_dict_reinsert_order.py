import threading

d = {3: 30, 1: 10, 2: 20}
keys = []


def work():
    del d[3]
    d[3] = 31
    d[1] = 11


t = threading.Thread(target=work)
t.start()
t.join()
for k in d:
    keys.append(k)
print(keys)
