# Known bug: two threads deposit into the same account with a lost update; main's weighted total shows it.
import threading

balances = {}
weighted = 0


def deposit(account, amount):
    current = balances.get(account, 0)
    balances[account] = current + amount


def main():
    global weighted
    threads = [
        threading.Thread(target=deposit, args=(1, 10)),
        threading.Thread(target=deposit, args=(1, 20)),
        threading.Thread(target=deposit, args=(2, 5)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = 0
    for account, amount in sorted(balances.items()):
        total = total + account * amount
        print(account, amount)
    weighted = total
    assert weighted == 40, weighted


if __name__ == "__main__":
    main()
