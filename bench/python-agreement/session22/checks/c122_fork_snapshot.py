import multiprocessing as mp

setting = 1


def child(v):
    with v.get_lock():
        v.value = setting * 100


if __name__ == "__main__":
    v = mp.Value("i", 0)
    setting = 2
    p = mp.Process(target=child, args=(v,))
    p.start()
    setting = 3
    p.join()
    print(v.value, setting)
