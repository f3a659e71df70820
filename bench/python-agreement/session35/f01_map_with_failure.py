"""ThreadPoolExecutor.map over invoices; one invoice is malformed and its exception surfaces in the loop."""
from concurrent.futures import ThreadPoolExecutor

invoices = [
    {"id": 1, "amount": "120"},
    {"id": 2, "amount": "75"},
    {"id": 3, "amount": "n/a"},
    {"id": 4, "amount": "30"},
]


def total_with_tax(invoice):
    amount = int(invoice["amount"])
    return invoice["id"], amount + amount // 10


def main():
    collected = []
    error = None
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            for invoice_id, total in pool.map(total_with_tax, invoices):
                collected.append((invoice_id, total))
        except ValueError as exc:
            error = type(exc).__name__
    print("collected:", collected)
    print("error:", error)
    print("sum:", sum(total for _, total in collected))


main()
