# no bug: processes append to a shared Array under a Lock, and imap streams results back in order
import multiprocessing


def post_entry(ledger, position, lock, amount):
    with lock:
        ledger[position.value] = amount
        position.value += 1


def fee(amount):
    return amount // 10


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    ledger = multiprocessing.Array("i", 4)
    position = multiprocessing.Value("i", 0, lock=False)
    posters = [multiprocessing.Process(target=post_entry, args=(ledger, position, lock, a)) for a in (100, 250, 40)]
    for p in posters:
        p.start()
    for p in posters:
        p.join()
    entries = sorted(ledger[: position.value])
    with multiprocessing.Pool(2) as pool:
        fees = []
        for f in pool.imap(fee, entries):
            fees.append(f)
    print(f"entries={entries} fees={fees}")
    assert entries == [40, 100, 250] and fees == [4, 10, 25]
