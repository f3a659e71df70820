# A tuple of dict displays, one handed to each thread in args=, walked by .items() in the thread.
import threading
log = []
def shopper(order):
    for item, n in order.items():
        log.append(n)
def main():
    threads = [threading.Thread(target=shopper, args=(o,)) for o in ({"apple": 3}, {"apple": 3, "pear": 1})]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
main()
