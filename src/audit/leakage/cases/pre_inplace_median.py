# leakage: preprocessing@6
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
df = pd.read_csv("loans.csv")
df["income"].fillna(df["income"].median(), inplace=True)
X_train, X_test, y_train, y_test = train_test_split(df[["income"]], df["amount"], random_state=0)
print(LinearRegression().fit(X_train, y_train).score(X_test, y_test))
