# leakage: multi-test@8
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
X, y = load_diabetes(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
reg = LinearRegression()
reg.fit(X_test, y_test)
print(reg.score(X_test, y_test))
