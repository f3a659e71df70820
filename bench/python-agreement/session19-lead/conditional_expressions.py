# Conditional expressions (`a if c else b`) in f-strings, arguments and assignments, one whose branch reads
# shared state (read only when taken, as Python does).
import threading

stock = {"apple": 2, "pear": 0}
labels = []
sold = 0
lock = threading.Lock()


def buy(item):
    global sold
    with lock:
        left = stock[item]
        if left > 0:
            stock[item] = left - 1
            sold += 1
    labels.append(f"{item}: {'in stock' if stock[item] > 0 else 'empty'}")


def report(item):
    labels.append(str(sold) if stock[item] == 0 else "open")


if __name__ == "__main__":
    threads = [threading.Thread(target=buy, args=("apple",)) for _ in range(2)]
    threads.append(threading.Thread(target=report, args=("apple",)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sold == 2
    assert stock["apple"] == 0
