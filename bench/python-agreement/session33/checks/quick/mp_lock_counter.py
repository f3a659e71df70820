import multiprocessing as mp
def bump(lock, c):
    for _ in range(3):
        with lock:
            c.value += 1
if __name__ == '__main__':
    lock = mp.Lock()
    c = mp.Value('i', 0, lock=False)
    ps = [mp.Process(target=bump, args=(lock, c)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(c.value)
