import multiprocessing as mp
def waiter(ev, flag):
    ev.wait()
    flag.value = 1
if __name__ == '__main__':
    ev = mp.Event()
    flag = mp.Value('i', 0)
    p = mp.Process(target=waiter, args=(ev, flag))
    p.start()
    ev.set()
    p.join()
    print(flag.value)
