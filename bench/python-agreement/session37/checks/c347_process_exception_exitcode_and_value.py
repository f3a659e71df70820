import multiprocessing as mp


def child(v, text):
    v.value = 1
    v.value = int(text)


if __name__ == "__main__":
    v = mp.Value("i", 0)
    p = mp.Process(target=child, args=(v, "x"))
    p.start()
    p.join()
    log = [v.value, p.exitcode]
    print(log)  # ordered
