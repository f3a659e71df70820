# Airport boarding: passengers in each group wait at a Barrier until the whole group is at the gate;
# the barrier's action records which group boarded, in order.
import threading

GROUP_SIZE = 3
boarded = []
gate_log = []
log_lock = threading.Lock()


def open_jet_bridge():
    gate_log.append(f"bridge opened after {len(boarded)} passengers")


barrier = threading.Barrier(GROUP_SIZE, action=open_jet_bridge)


def passenger(seat):
    with log_lock:
        boarded.append(seat)
    index = barrier.wait(timeout=2)
    if index == 0:
        with log_lock:
            gate_log.append(f"last through: {seat[0]}")


seats = ["1A", "1B", "1C", "2A", "2B", "2C"]
threads = []
for seat in seats[:3]:
    threads.append(threading.Thread(target=passenger, args=(seat,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
second = [threading.Thread(target=passenger, args=(seat,)) for seat in seats[3:]]
for t in second:
    t.start()
for t in second:
    t.join()

print(f"boarded={sorted(boarded)} gate_log={gate_log}")
