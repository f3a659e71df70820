# Expected: sleeping barber with 1 waiting chair; served + turned_away == 3 customers.
import threading
import time

customers = threading.Semaphore(0)
barber_ready = threading.Semaphore(0)
mutex = threading.Lock()
waiting = 0
served = 0
turned_away = 0
CHAIRS = 1


def barber():
    global waiting, served
    for _ in range(3):
        if not customers.acquire(timeout=0.2):
            break
        with mutex:
            waiting -= 1
        barber_ready.release()
        time.sleep(0.01)
        served += 1


def customer():
    global waiting, turned_away
    with mutex:
        if waiting >= CHAIRS:
            turned_away += 1
            return
        waiting += 1
    customers.release()
    barber_ready.acquire()


def main():
    b = threading.Thread(target=barber)
    b.start()
    cs = [threading.Thread(target=customer) for _ in range(3)]
    for c in cs:
        c.start()
    for c in cs:
        c.join()
    b.join()
    print(f"served={served} turned_away={turned_away}")


if __name__ == "__main__":
    main()
