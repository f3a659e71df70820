# Expected: every customer is either served or turned away (served + turned_away == 4, no bug); the split depends on timing.
import threading
import time

WAITING_CHAIRS = 1
customers_waiting = threading.Semaphore(0)
barber_ready = threading.Semaphore(0)
mutex = threading.Lock()
free_chairs = WAITING_CHAIRS
served = 0
turned_away = 0
closing = threading.Event()


def barber():
    global served, free_chairs
    while True:
        if not customers_waiting.acquire(timeout=0.05):
            if closing.is_set():
                return
            continue
        with mutex:
            free_chairs += 1
        barber_ready.release()
        time.sleep(0.005)  # cut hair
        served += 1


def customer(i):
    global free_chairs, turned_away
    mutex.acquire()
    if free_chairs > 0:
        free_chairs -= 1
        mutex.release()
        customers_waiting.release()
        barber_ready.acquire()
    else:
        mutex.release()
        turned_away += 1


def main():
    b = threading.Thread(target=barber)
    b.start()
    people = []
    for i in range(4):
        c = threading.Thread(target=customer, args=(i,))
        people.append(c)
        c.start()
        time.sleep(0.002)
    for c in people:
        c.join()
    closing.set()
    b.join()
    print(f"served={served} turned_away={turned_away}")


if __name__ == "__main__":
    main()
