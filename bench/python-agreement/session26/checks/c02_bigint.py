import threading

product = 1
lock = threading.Lock()


def multiply(start: int, stop: int) -> None:
    global product
    for k in range(start, stop):
        with lock:
            product *= k


threads = [threading.Thread(target=multiply, args=(1, 12)), threading.Thread(target=multiply, args=(12, 26))]
for t in threads:
    t.start()
for t in threads:
    t.join()
digits = len(str(product))
low = product % 1000003
print(product, digits, low)
