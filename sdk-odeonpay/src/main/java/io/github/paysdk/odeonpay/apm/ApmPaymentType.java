package io.github.paysdk.odeonpay.apm;

/**
 * OdeonPay's alternative payment methods (the {@code data.paymentTypeId} of a payment link or APM payout),
 * with the id, name, country and availability of the doc's table. New ids appear over time: requests take
 * the plain id too, and {@link #fromId(int)} answers {@link #UNKNOWN} for an id this SDK does not list.
 * Constants are prefixed with the country; a name the doc repeats within one country (Bradesco Pague
 * Facil) carries its id. Pass {@link #id()} to {@code PayerData.Builder.paymentTypeId(int)}.
 */
public enum ApmPaymentType {
  /** 1: APM Test Payment, Link. */
  APM_TEST_PAYMENT(1, "APM Test Payment", "", Availability.LINK),
  /** 2: APM Test Payout, APM Payout. */
  APM_TEST_PAYOUT(2, "APM Test Payout", "", Availability.PAYOUT),
  /** 201: YooMoney (Yandex Money) (Russia), Link. */
  RU_YOOMONEY(201, "YooMoney (Yandex Money)", "Russia", Availability.LINK),
  /** 501: WebMoney (Russia), Link. */
  RU_WEBMONEY(501, "WebMoney", "Russia", Availability.LINK),
  /** 1000: Banco Itau (Brazil), Link. */
  BR_BANCO_ITAU(1000, "Banco Itau", "Brazil", Availability.LINK),
  /** 1001: Santander Brasil (Brazil), Link. */
  BR_SANTANDER_BRASIL(1001, "Santander Brasil", "Brazil", Availability.LINK),
  /** 1002: Banco do Brasil (Brazil), Link. */
  BR_BANCO_DO_BRASIL(1002, "Banco do Brasil", "Brazil", Availability.LINK),
  /** 1003: Banrisul (Brazil), Link. */
  BR_BANRISUL(1003, "Banrisul", "Brazil", Availability.LINK),
  /** 1004: Bradesco Pague Facil (Brazil), Link. */
  BR_BRADESCO_PAGUE_FACIL_1004(1004, "Bradesco Pague Facil", "Brazil", Availability.LINK),
  /** 1005: Bradesco Pague Facil (Brazil), Link. */
  BR_BRADESCO_PAGUE_FACIL_1005(1005, "Bradesco Pague Facil", "Brazil", Availability.LINK),
  /** 1006: Caixa Econômica Federal (Brazil), Link. */
  BR_CAIXA_ECON_MICA_FEDERAL(1006, "Caixa Econômica Federal", "Brazil", Availability.LINK),
  /** 1007: Banco Itau Boleto (Brazil), Link. */
  BR_BANCO_ITAU_BOLETO(1007, "Banco Itau Boleto", "Brazil", Availability.LINK),
  /** 2000: UPI (India), Link. */
  IN_UPI(2000, "UPI", "India", Availability.LINK),
  /** 2001: Google Pay (India), Link. */
  IN_GOOGLE_PAY(2001, "Google Pay", "India", Availability.LINK),
  /** 2002: JioMoney (India), Link. */
  IN_JIOMONEY(2002, "JioMoney", "India", Availability.LINK),
  /** 2003: Airtel Money Wallet (India), Link. */
  IN_AIRTEL_MONEY_WALLET(2003, "Airtel Money Wallet", "India", Availability.LINK),
  /** 2004: Reliance Jio Wallet (India), Link. */
  IN_RELIANCE_JIO_WALLET(2004, "Reliance Jio Wallet", "India", Availability.LINK),
  /** 2005: Freecharge Wallet (India), Link. */
  IN_FREECHARGE_WALLET(2005, "Freecharge Wallet", "India", Availability.LINK),
  /** 2006: Phonepe Wallet (India), Link. */
  IN_PHONEPE_WALLET(2006, "Phonepe Wallet", "India", Availability.LINK),
  /** 2007: Amazon Wallet (India), Link. */
  IN_AMAZON_WALLET(2007, "Amazon Wallet", "India", Availability.LINK),
  /** 2008: Ola Money Wallet (India), Link. */
  IN_OLA_MONEY_WALLET(2008, "Ola Money Wallet", "India", Availability.LINK),
  /** 2009: Mobikwik Wallet (India), Link. */
  IN_MOBIKWIK_WALLET(2009, "Mobikwik Wallet", "India", Availability.LINK),
  /** 2010: Bank Of Maharashtra (India), Link. */
  IN_BANK_OF_MAHARASHTRA(2010, "Bank Of Maharashtra", "India", Availability.LINK),
  /** 2011: Central Bank Of India (India), Link. */
  IN_CENTRAL_BANK_OF_INDIA(2011, "Central Bank Of India", "India", Availability.LINK),
  /** 2012: Hdfc Bank (India), Link. */
  IN_HDFC_BANK(2012, "Hdfc Bank", "India", Availability.LINK),
  /** 2013: Canara Bank (India), Link. */
  IN_CANARA_BANK(2013, "Canara Bank", "India", Availability.LINK),
  /** 2014: Bank Of India (India), Link. */
  IN_BANK_OF_INDIA(2014, "Bank Of India", "India", Availability.LINK),
  /** 2015: City Union Bank (India), Link. */
  IN_CITY_UNION_BANK(2015, "City Union Bank", "India", Availability.LINK),
  /** 2016: Federal Bank (India), Link. */
  IN_FEDERAL_BANK(2016, "Federal Bank", "India", Availability.LINK),
  /** 2017: Icici Bank (India), Link. */
  IN_ICICI_BANK(2017, "Icici Bank", "India", Availability.LINK),
  /** 2018: Indian Bank (India), Link. */
  IN_INDIAN_BANK(2018, "Indian Bank", "India", Availability.LINK),
  /** 2019: Indian Overseas Bank (India), Link. */
  IN_INDIAN_OVERSEAS_BANK(2019, "Indian Overseas Bank", "India", Availability.LINK),
  /** 2020: Industrial Development Bank Of India (India), Link. */
  IN_INDUSTRIAL_DEVELOPMENT_BANK_OF_INDIA(2020, "Industrial Development Bank Of India", "India", Availability.LINK),
  /** 2021: Indusind Bank (India), Link. */
  IN_INDUSIND_BANK(2021, "Indusind Bank", "India", Availability.LINK),
  /** 2022: Jammu And Kashmir Bank (India), Link. */
  IN_JAMMU_AND_KASHMIR_BANK(2022, "Jammu And Kashmir Bank", "India", Availability.LINK),
  /** 2023: Karnataka Bank Ltd (India), Link. */
  IN_KARNATAKA_BANK_LTD(2023, "Karnataka Bank Ltd", "India", Availability.LINK),
  /** 2024: Karur Vysya Bank (India), Link. */
  IN_KARUR_VYSYA_BANK(2024, "Karur Vysya Bank", "India", Availability.LINK),
  /** 2025: State Bank Of India (India), Link. */
  IN_STATE_BANK_OF_INDIA(2025, "State Bank Of India", "India", Availability.LINK),
  /** 2026: South Indian Bank (India), Link. */
  IN_SOUTH_INDIAN_BANK(2026, "South Indian Bank", "India", Availability.LINK),
  /** 2027: Kotak Bank (India), Link. */
  IN_KOTAK_BANK(2027, "Kotak Bank", "India", Availability.LINK),
  /** 2028: Union Bank Of India (India), Link. */
  IN_UNION_BANK_OF_INDIA(2028, "Union Bank Of India", "India", Availability.LINK),
  /** 2029: Bank Of Baroda Retail Accounts (India), Link. */
  IN_BANK_OF_BARODA_RETAIL_ACCOUNTS(2029, "Bank Of Baroda Retail Accounts", "India", Availability.LINK),
  /** 2030: Yes Bank (India), Link. */
  IN_YES_BANK(2030, "Yes Bank", "India", Availability.LINK),
  /** 2031: Andhra Bank (India), Link. */
  IN_ANDHRA_BANK(2031, "Andhra Bank", "India", Availability.LINK),
  /** 2032: Uco Bank (India), Link. */
  IN_UCO_BANK(2032, "Uco Bank", "India", Availability.LINK),
  /** 2033: Catholic Syrian Bank (India), Link. */
  IN_CATHOLIC_SYRIAN_BANK(2033, "Catholic Syrian Bank", "India", Availability.LINK),
  /** 2034: Allahabad Bank (India), Link. */
  IN_ALLAHABAD_BANK(2034, "Allahabad Bank", "India", Availability.LINK),
  /** 2035: Dhanalaxmi Bank Corporate (India), Link. */
  IN_DHANALAXMI_BANK_CORPORATE(2035, "Dhanalaxmi Bank Corporate", "India", Availability.LINK),
  /** 2036: Laxmi Vilas Bank - Corporate Net Banking (India), Link. */
  IN_LAXMI_VILAS_BANK_CORPORATE_NET_BANKING(2036, "Laxmi Vilas Bank - Corporate Net Banking", "India", Availability.LINK),
  /** 2037: Punjab National Bank (India), Link. */
  IN_PUNJAB_NATIONAL_BANK(2037, "Punjab National Bank", "India", Availability.LINK),
  /** 2038: Standard Chartered Bank (India), Link. */
  IN_STANDARD_CHARTERED_BANK(2038, "Standard Chartered Bank", "India", Availability.LINK),
  /** 2039: Punjab And Sind Bank (India), Link. */
  IN_PUNJAB_AND_SIND_BANK(2039, "Punjab And Sind Bank", "India", Availability.LINK),
  /** 2040: Saraswat Cooperative Bank (India), Link. */
  IN_SARASWAT_COOPERATIVE_BANK(2040, "Saraswat Cooperative Bank", "India", Availability.LINK),
  /** 2041: VISA/MC/RuPay (Worldwide), Link. */
  WORLDWIDE_VISA_MC_RUPAY(2041, "VISA/MC/RuPay", "Worldwide", Availability.LINK),
  /** 2042: Paytm, IN, Online (India), Link. */
  IN_PAYTM_IN_ONLINE(2042, "Paytm, IN, Online", "India", Availability.LINK),
  /** 2053: IDFC BANK (India), Link / APM Payout. */
  IN_IDFC_BANK(2053, "IDFC BANK", "India", Availability.LINK_AND_PAYOUT),
  /** 2060: India Bank Selection (India), Link. */
  IN_INDIA_BANK_SELECTION(2060, "India Bank Selection", "India", Availability.LINK),
  /** 2080: UPI QR (India), Link. */
  IN_UPI_QR(2080, "UPI QR", "India", Availability.LINK),
  /** 2081: Axis Bank (India), Link / APM Payout. */
  IN_AXIS_BANK(2081, "Axis Bank", "India", Availability.LINK_AND_PAYOUT),
  /** 2082: Bandhan Bank (India), Link / APM Payout. */
  IN_BANDHAN_BANK(2082, "Bandhan Bank", "India", Availability.LINK_AND_PAYOUT),
  /** 2083: Bank Of Baroda (India), Link / APM Payout. */
  IN_BANK_OF_BARODA(2083, "Bank Of Baroda", "India", Availability.LINK_AND_PAYOUT),
  /** 2084: Federal Bank LTD (India), Link / APM Payout. */
  IN_FEDERAL_BANK_LTD(2084, "Federal Bank LTD", "India", Availability.LINK_AND_PAYOUT),
  /** 2085: IDBI Bank (India), Link / APM Payout. */
  IN_IDBI_BANK(2085, "IDBI Bank", "India", Availability.LINK_AND_PAYOUT),
  /** 2086: India Post Payment Bank (India), Link / APM Payout. */
  IN_INDIA_POST_PAYMENT_BANK(2086, "India Post Payment Bank", "India", Availability.LINK_AND_PAYOUT),
  /** 2087: Jammu and Kashmir Bank Limited (India), Link / APM Payout. */
  IN_JAMMU_AND_KASHMIR_BANK_LIMITED(2087, "Jammu and Kashmir Bank Limited", "India", Availability.LINK_AND_PAYOUT),
  /** 2088: Karnataka Bank Limited (India), Link / APM Payout. */
  IN_KARNATAKA_BANK_LIMITED(2088, "Karnataka Bank Limited", "India", Availability.LINK_AND_PAYOUT),
  /** 2090: Lakshmi Vilas Bank (India), Link / APM Payout. */
  IN_LAKSHMI_VILAS_BANK(2090, "Lakshmi Vilas Bank", "India", Availability.LINK_AND_PAYOUT),
  /** 2091: PAYTM Payments Bank LTD (India), Link / APM Payout. */
  IN_PAYTM_PAYMENTS_BANK_LTD(2091, "PAYTM Payments Bank LTD", "India", Availability.LINK_AND_PAYOUT),
  /** 2092: Ujjivan Small Finance Bank (India), Link / APM Payout. */
  IN_UJJIVAN_SMALL_FINANCE_BANK(2092, "Ujjivan Small Finance Bank", "India", Availability.LINK_AND_PAYOUT),
  /** 3020: UPI Payouts (India), APM Payout. */
  IN_UPI_PAYOUTS(3020, "UPI Payouts", "India", Availability.PAYOUT),
  /** 3021: Bank Transfer Payouts (India), APM Payout. */
  IN_BANK_TRANSFER_PAYOUTS(3021, "Bank Transfer Payouts", "India", Availability.PAYOUT),
  /** 7000: Techcombank (Vietnam), Link / APM Payout. */
  VN_TECHCOMBANK(7000, "Techcombank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7001: Sacombank (Vietnam), Link / APM Payout. */
  VN_SACOMBANK(7001, "Sacombank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7002: Vietcombank (Vietnam), Link / APM Payout. */
  VN_VIETCOMBANK(7002, "Vietcombank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7003: Asia Commercial Bank (Vietnam), Link / APM Payout. */
  VN_ASIA_COMMERCIAL_BANK(7003, "Asia Commercial Bank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7004: DongA Bank (Vietnam), Link / APM Payout. */
  VN_DONGA_BANK(7004, "DongA Bank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7005: Vietinbank (Vietnam), Link / APM Payout. */
  VN_VIETINBANK(7005, "Vietinbank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7006: BIDV Bank (Vietnam), Link / APM Payout. */
  VN_BIDV_BANK(7006, "BIDV Bank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7007: Eximbank (Vietnam), Link / APM Payout. */
  VN_EXIMBANK(7007, "Eximbank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7008: Agribank (Vietnam), Link / APM Payout. */
  VN_AGRIBANK(7008, "Agribank", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7009: USDT Crypto ERC20 (Vietnam), Link / APM Payout. */
  VN_USDT_CRYPTO_ERC20(7009, "USDT Crypto ERC20", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7010: USDT Crypto BEP20 (Vietnam), Link / APM Payout. */
  VN_USDT_CRYPTO_BEP20(7010, "USDT Crypto BEP20", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7061: Asia Commercial Bank (QR service) (Vietnam), Link / APM Payout. */
  VN_ASIA_COMMERCIAL_BANK_QR(7061, "Asia Commercial Bank (QR service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7062: BIDV Bank (QR service) (Vietnam), Link / APM Payout. */
  VN_BIDV_BANK_QR(7062, "BIDV Bank (QR service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7063: Vietcombank (QR service) (Vietnam), Link / APM Payout. */
  VN_VIETCOMBANK_QR(7063, "Vietcombank (QR service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7064: Vietinbank (QR service) (Vietnam), Link / APM Payout. */
  VN_VIETINBANK_QR(7064, "Vietinbank (QR service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7065: Momo QR Payment (QR service) (Vietnam), Link / APM Payout. */
  VN_MOMO_QR_PAYMENT_QR(7065, "Momo QR Payment (QR service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7066: Zalo QR Payment (QR service) (Vietnam), Link / APM Payout. */
  VN_ZALO_QR_PAYMENT_QR(7066, "Zalo QR Payment (QR service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7067: Zalo H5 Payment (H5 service) (Vietnam), Link / APM Payout. */
  VN_ZALO_H5_PAYMENT_H5(7067, "Zalo H5 Payment (H5 service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7068: Vietnam Prosperity Joint-Stock Commercial Bank (QR Service) (Vietnam), Link / APM Payout. */
  VN_VIETNAM_PROSPERITY_JOINT_STOCK_COMMERCIAL_BANK_QR(7068, "Vietnam Prosperity Joint-Stock Commercial Bank (QR Service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7069: Military Commercial Bank (QR Service) (Vietnam), Link / APM Payout. */
  VN_MILITARY_COMMERCIAL_BANK_QR(7069, "Military Commercial Bank (QR Service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 7070: Techcombank (QR Service) (Vietnam), Link / APM Payout. */
  VN_TECHCOMBANK_QR(7070, "Techcombank (QR Service)", "Vietnam", Availability.LINK_AND_PAYOUT),
  /** 22011: Vietnam QR (Vietnam), Link. */
  VN_VIETNAM_QR(22011, "Vietnam QR", "Vietnam", Availability.LINK),
  /** 7011: Krung Thai Bank (Thailand), Link / APM Payout. */
  TH_KRUNG_THAI_BANK(7011, "Krung Thai Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7012: Siam Commercial Bank (Thailand), Link / APM Payout. */
  TH_SIAM_COMMERCIAL_BANK(7012, "Siam Commercial Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7013: Bangkok bank (Thailand), Link / APM Payout. */
  TH_BANGKOK_BANK(7013, "Bangkok bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7014: Kasikorn Bank (Thailand), Link / APM Payout. */
  TH_KASIKORN_BANK(7014, "Kasikorn Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7015: Thai Military Bank (Thailand), Link / APM Payout. */
  TH_THAI_MILITARY_BANK(7015, "Thai Military Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7016: Krungsri bank (Thailand), Link / APM Payout. */
  TH_KRUNGSRI_BANK(7016, "Krungsri bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7017: CIMB Thai Bank Public Company Limited (Thailand), Link / APM Payout. */
  TH_CIMB_THAI_BANK(7017, "CIMB Thai Bank Public Company Limited", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7018: Government Savings Bank (Thailand), Link / APM Payout. */
  TH_GOVERNMENT_SAVINGS_BANK(7018, "Government Savings Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7019: United Overseas Bank (Thai) PCL. (Thailand), Link / APM Payout. */
  TH_UNITED_OVERSEAS_BANK(7019, "United Overseas Bank (Thai) PCL.", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7020: Government Housing Bank (Thailand), Link / APM Payout. */
  TH_GOVERNMENT_HOUSING_BANK(7020, "Government Housing Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7021: Hong Kong Shanghai Bank (Thailand), Link / APM Payout. */
  TH_HONG_KONG_SHANGHAI_BANK(7021, "Hong Kong Shanghai Bank", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7022: Standard Chartered Bank (Thai) PCL. (Thailand), Link / APM Payout. */
  TH_STANDARD_CHARTERED_BANK(7022, "Standard Chartered Bank (Thai) PCL.", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7023: Land and Houses Bank Public Company Limited (Thailand), Link / APM Payout. */
  TH_LAND_AND_HOUSES_BANK(7023, "Land and Houses Bank Public Company Limited", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7071: Thai QR Payment (Thailand), Link / APM Payout. */
  TH_THAI_QR_PAYMENT(7071, "Thai QR Payment", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7072: USDT Crypto ERC20 (Thailand), Link / APM Payout. */
  TH_USDT_CRYPTO_ERC20(7072, "USDT Crypto ERC20", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7073: USDT Crypto BEP20 (Thailand), Link / APM Payout. */
  TH_USDT_CRYPTO_BEP20(7073, "USDT Crypto BEP20", "Thailand", Availability.LINK_AND_PAYOUT),
  /** 7088: UOB Bank (Thailand), APM Payout. */
  TH_UOB_BANK(7088, "UOB Bank", "Thailand", Availability.PAYOUT),
  /** 7089: TMBThanachart Bank (Thailand), APM Payout. */
  TH_TMBTHANACHART_BANK(7089, "TMBThanachart Bank", "Thailand", Availability.PAYOUT),
  /** 7024: Bank Central Asia (Indonesia), Link / APM Payout. */
  ID_BANK_CENTRAL_ASIA(7024, "Bank Central Asia", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7025: Bank Negara Indonesia (Indonesia), Link / APM Payout. */
  ID_BANK_NEGARA_INDONESIA(7025, "Bank Negara Indonesia", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7026: Bank Mandiri (Indonesia), Link / APM Payout. */
  ID_BANK_MANDIRI(7026, "Bank Mandiri", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7027: Bank Rakyat Indonesia (Indonesia), Link / APM Payout. */
  ID_BANK_RAKYAT_INDONESIA(7027, "Bank Rakyat Indonesia", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7028: Bank Artha Graha (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_ARTHA_GRAHA_VA_WALLET(7028, "Bank Artha Graha (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7029: Bank Bukopin (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_BUKOPIN_VA_WALLET(7029, "Bank Bukopin (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7030: Bank Commonwealth (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_COMMONWEALTH_VA_WALLET(7030, "Bank Commonwealth (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7031: Bank Danamon (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_DANAMON_VA_WALLET(7031, "Bank Danamon (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7032: Bank Mega (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_MEGA_VA_WALLET(7032, "Bank Mega (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7033: Bank Maspion (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_MASPION_VA_WALLET(7033, "Bank Maspion (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7034: Bank Mestika (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_MESTIKA_VA_WALLET(7034, "Bank Mestika (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7035: Bank Panin (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_PANIN_VA_WALLET(7035, "Bank Panin (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7036: Bank Sumut (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_SUMUT_VA_WALLET(7036, "Bank Sumut (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7037: Bank Sinar Mas (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_SINAR_MAS_VA_WALLET(7037, "Bank Sinar Mas (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7038: Bank Btpn (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_BTPN_VA_WALLET(7038, "Bank Btpn (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7039: CIMB Niaga (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_CIMB_NIAGA_VA_WALLET(7039, "CIMB Niaga (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7040: HSBC Indonesia (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_HSBC_INDONESIA_VA_WALLET(7040, "HSBC Indonesia (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7041: Maybank /bii (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_MAYBANK_BII_VA_WALLET(7041, "Maybank /bii (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7042: OCBC Indonesia (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_OCBC_INDONESIA_VA_WALLET(7042, "OCBC Indonesia (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7043: Bank Permata (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_BANK_PERMATA_VA_WALLET(7043, "Bank Permata (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7044: UOB Indonesia (Support VA Wallet Only) (Indonesia), Link / APM Payout. */
  ID_UOB_INDONESIA_VA_WALLET(7044, "UOB Indonesia (Support VA Wallet Only)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7074: Bank Negara Indonesia (VA) (Indonesia), Link / APM Payout. */
  ID_BANK_NEGARA_INDONESIA_VA(7074, "Bank Negara Indonesia (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7075: Bank Mandiri (VA) (Indonesia), Link / APM Payout. */
  ID_BANK_MANDIRI_VA(7075, "Bank Mandiri (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7076: Bank Rakyat Indonesia (VA) (Indonesia), Link / APM Payout. */
  ID_BANK_RAKYAT_INDONESIA_VA(7076, "Bank Rakyat Indonesia (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7077: Maybank Indonesia (VA) (Indonesia), Link / APM Payout. */
  ID_MAYBANK_INDONESIA_VA(7077, "Maybank Indonesia (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7078: Bank Sahabat Sampoerna (VA) (Indonesia), Link / APM Payout. */
  ID_BANK_SAHABAT_SAMPOERNA_VA(7078, "Bank Sahabat Sampoerna (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7079: Bank Sinarmas (VA) (Indonesia), Link / APM Payout. */
  ID_BANK_SINARMAS_VA(7079, "Bank Sinarmas (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7080: CIMB Niaga (VA) (Indonesia), Link / APM Payout. */
  ID_CIMB_NIAGA_VA(7080, "CIMB Niaga (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7081: Bank Permata (VA) (Indonesia), Link / APM Payout. */
  ID_BANK_PERMATA_VA(7081, "Bank Permata (VA)", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7082: USDT Crypto ERC20 (Indonesia), Link / APM Payout. */
  ID_USDT_CRYPTO_ERC20(7082, "USDT Crypto ERC20", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 7083: USDT Crypto BEP20 (Indonesia), Link / APM Payout. */
  ID_USDT_CRYPTO_BEP20(7083, "USDT Crypto BEP20", "Indonesia", Availability.LINK_AND_PAYOUT),
  /** 4011: Boleto (Brazil), Link. */
  BR_BOLETO(4011, "Boleto", "Brazil", Availability.LINK),
  /** 4012: Direct PIX (Brazil), Link. */
  BR_DIRECT_PIX(4012, "Direct PIX", "Brazil", Availability.LINK),
  /** 4013: Boleto Flash Itau (Brazil), Link. */
  BR_BOLETO_FLASH_ITAU(4013, "Boleto Flash Itau", "Brazil", Availability.LINK),
  /** 6000: SEPA Credit Transfer (EU), APM Payout. */
  EU_SEPA_CREDIT_TRANSFER(6000, "SEPA Credit Transfer", "EU", Availability.PAYOUT),
  /** 6001: SEPA Transfer (EU), Link. */
  EU_SEPA_TRANSFER(6001, "SEPA Transfer", "EU", Availability.LINK),
  /** 10100: BTC, Bitcoin (Worldwide), Link. */
  WORLDWIDE_BTC_BITCOIN(10100, "BTC, Bitcoin", "Worldwide", Availability.LINK),
  /** 50033: Virtual Banking (South Korea), Link / APM Payout. */
  KR_VIRTUAL_BANKING(50033, "Virtual Banking", "South Korea", Availability.LINK_AND_PAYOUT),
  /** 56500: EasyPaisa (Pakistan), Link / APM Payout. */
  PK_EASYPAISA(56500, "EasyPaisa", "Pakistan", Availability.LINK_AND_PAYOUT),
  /** 56501: JazzCash (Pakistan), Link / APM Payout. */
  PK_JAZZCASH(56501, "JazzCash", "Pakistan", Availability.LINK_AND_PAYOUT),
  /** An id this SDK version does not list. */
  UNKNOWN(-1, null, null, null);

  /** Where a payment type can be used. */
  public enum Availability {
    /** Payments through a payment link only. */
    LINK,
    /** APM payouts only. */
    PAYOUT,
    /** Both payment links and APM payouts. */
    LINK_AND_PAYOUT;

    /** @return whether payment links accept it */
    public boolean forLink() {
      return this != PAYOUT;
    }

    /** @return whether APM payouts accept it */
    public boolean forPayout() {
      return this != LINK;
    }
  }

  private final int id;
  private final String displayName;
  private final String country;
  private final Availability availability;

  ApmPaymentType(int id, String displayName, String country, Availability availability) {
    this.id = id;
    this.displayName = displayName;
    this.country = country;
    this.availability = availability;
  }

  /** @return the {@code paymentTypeId}; -1 for {@link #UNKNOWN} */
  public int id() {
    return id;
  }

  /** @return the name in OdeonPay's table */
  public String displayName() {
    return displayName;
  }

  /** @return the country in OdeonPay's table; empty for the test types */
  public String country() {
    return country;
  }

  /** @return where it can be used */
  public Availability availability() {
    return availability;
  }

  /**
   * @param id a {@code paymentTypeId}
   * @return its type, or {@link #UNKNOWN}
   */
  public static ApmPaymentType fromId(int id) {
    for (ApmPaymentType type : values()) {
      if (type.id == id && type != UNKNOWN) {
        return type;
      }
    }
    return UNKNOWN;
  }
}
