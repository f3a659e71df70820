import threading

values = []


def worker(text):
    n = int(text)
    values.append(n * 2)
    values.append(len(text))
    values.append(abs(-n))
    values.append(min(n, 3))
    values.append(max([n, 40, 7]))
    values.append(n // 4)
    values.append(n ** 2)
    values.append(str(n).zfill(5))


t = threading.Thread(target=worker, args=("42",))
t.start()
t.join()
print(values)
