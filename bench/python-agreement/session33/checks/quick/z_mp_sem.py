import multiprocessing as mp


def work(text, sem, inside, peak):
    with sem:
        inside.value += 1
        peak.value = max(peak.value, inside.value)
        try:
            if not text.isdigit():
                raise ValueError(text)
        except ValueError:
            pass
        inside.value -= 1


if __name__ == "__main__":
    sem = mp.Semaphore(1)
    inside = mp.Value("i", 0)
    peak = mp.Value("i", 0)
    procs = [mp.Process(target=work, args=(t, sem, inside, peak)) for t in ("x", "7")]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("peak", peak.value, "inside", inside.value)
