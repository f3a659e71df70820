# no bug: processes write their slot of a shared Array under a Lock, and imap streams results back in order
# variant v2: each process gets its slot as an argument; the parent reads the three slots by index
import multiprocessing


def post_entry(ledger, slot, lock, amount):
    with lock:
        ledger[slot] = amount


def fee(amount):
    return amount // 10


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    ledger = multiprocessing.Array("i", 3)
    posters = [multiprocessing.Process(target=post_entry, args=(ledger, i, lock, a)) for i, a in enumerate((100, 250, 40))]
    for p in posters:
        p.start()
    for p in posters:
        p.join()
    entries = [ledger[0], ledger[1], ledger[2]]
    with multiprocessing.Pool(2) as pool:
        fees = []
        for f in pool.imap(fee, [100, 250, 40]):
            fees.append(f)
    print(f"entries={entries} fees={fees}")
    assert entries == [100, 250, 40] and fees == [10, 25, 4]
