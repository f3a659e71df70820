# BUG: worker processes add to a shared multiprocessing.Value with `+=` outside its lock, so increments from
# different processes can be lost.
import multiprocessing


def deposit(balance, amounts):
    for amount in amounts:
        balance.value += amount


if __name__ == "__main__":
    balance = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=deposit, args=(balance, [10] * 50)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final_balance = balance.value
    print("balance", final_balance)
    assert final_balance == 1500, f"lost deposits: {final_balance}"
