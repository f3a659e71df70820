# BUG: processes add to a shared multiprocessing.Value with `+=` without taking its lock: updates can be lost
import multiprocessing as mp


def count_tickets(counter, sold, n):
    for _ in range(n):
        counter.value += 1  # read and write are separate steps across processes
    with sold.get_lock():
        sold.value += n


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    sold = mp.Value("i", 0)
    booths = [mp.Process(target=count_tickets, args=(counter, sold, n)) for n in (3, 2, 4)]
    for b in booths:
        b.start()
    for b in booths:
        b.join()
    lost = sold.value - counter.value
    print("counter:", counter.value, "sold:", sold.value, "lost:", lost)
