# BUG: deadlock: two threads take the same two locks in opposite orders
import threading
import time

inventory_lock = threading.Lock()
billing_lock = threading.Lock()
log = []


def reserve_then_bill():
    with inventory_lock:
        time.sleep(0.001)
        with billing_lock:
            log.append("reserve+bill")


def bill_then_reserve():
    with billing_lock:
        with inventory_lock:
            log.append("bill+reserve")


if __name__ == "__main__":
    t1 = threading.Thread(target=reserve_then_bill)
    t2 = threading.Thread(target=bill_then_reserve)
    t1.start()
    t2.start()
    t1.join()
    t2.join()
