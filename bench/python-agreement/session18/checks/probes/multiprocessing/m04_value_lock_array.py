from multiprocessing import Array, Lock, Process, Value

def work(total, slots, lock, i):
    with lock:
        total.value += i
    slots[i] = i * 10

if __name__ == "__main__":
    total = Value("i", 0)
    slots = Array("i", 3)
    lock = Lock()
    ps = [Process(target=work, args=(total, slots, lock, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    result = total.value
    s2 = slots[2]
