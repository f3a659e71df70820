# Futures with done callbacks: each callback files the result or the error into a report.
import threading
from concurrent.futures import ThreadPoolExecutor

report = {"ok": [], "failed": []}
report_lock = threading.Lock()


def parse_invoice(text):
    number, amount = text.split(":")
    return int(number), int(amount)


def on_done(future):
    try:
        number, amount = future.result()
    except ValueError as exc:
        with report_lock:
            report["failed"].append(type(exc).__name__)
        return
    with report_lock:
        report["ok"].append((number, amount))


invoices = ["1:250", "2:x", "3:75", "4:10", "bad"]
with ThreadPoolExecutor(max_workers=2) as pool:
    for text in invoices:
        pool.submit(parse_invoice, text).add_done_callback(on_done)

paid = sum(amount for _, amount in report["ok"])
ok_count = len(report["ok"])
failed_count = len(report["failed"])
print(f"paid={paid} ok={ok_count} failed={failed_count} numbers={sorted(n for n, _ in report['ok'])}")
