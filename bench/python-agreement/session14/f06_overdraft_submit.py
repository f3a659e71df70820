# Known bug: overdraft (check-then-act on balance: two withdrawals of 80 both pass balance >= amount, balance ends negative)
import time
from concurrent.futures import ThreadPoolExecutor, wait

balance = 100
approved = 0


def withdraw(amount):
    global balance, approved
    if balance >= amount:
        time.sleep(0.002)  # fraud check
        balance -= amount
        approved += 1
        return True
    return False


def main():
    with ThreadPoolExecutor() as executor:
        futures = [executor.submit(withdraw, 80) for _ in range(2)]
        wait(futures)
    print(f"balance={balance} approved={approved}")
    if balance < 0:
        print("overdrawn!")


if __name__ == "__main__":
    main()
