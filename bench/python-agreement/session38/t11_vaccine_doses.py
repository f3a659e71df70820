# BUG: lost update: each clinic reads the shared dose count, books the appointment (slow), then writes
# back count - 1; two clinics that read the same count both write the same value, so a dose is used
# twice and the stock shows one more than was handed out.
import threading
import time

stock = {"doses": 5}
given = []
given_lock = threading.Lock()


def clinic(name, patients):
    for patient in patients:
        left = stock["doses"]
        if left <= 0:
            return
        time.sleep(0.0005)  # book the appointment
        stock["doses"] = left - 1
        with given_lock:
            given.append(f"{name}:{patient}")


c1 = threading.Thread(target=clinic, args=("east", ["p1", "p2"]))
c2 = threading.Thread(target=clinic, args=("west", ["p3", "p4"]))
c1.start()
c2.start()
c1.join()
c2.join()

print(f"doses_left={stock['doses']} given={len(given)} consistent={stock['doses'] + len(given) == 5}")
